#include "commandline.h"

#include "addcommand.h"
#include "backupcommand.h"
#include "benchsitecommand.h"
#include "checkcommand.h"
#include "copycommand.h"
#include "exportcommand.h"
#include "historycommand.h"
#include "importcommand.h"
#include "initcommand.h"
#include "mediacommand.h"
#include "putcommand.h"
#include "searchcommand.h"
#include "settingscommand.h"
#include "showcommand.h"
#include "spellcommand.h"
#include "statuscommand.h"
#include "trashcommand.h"
#include "treecommand.h"
#include "userscommand.h"
#include "xliffcommand.h"

#include <QFileInfo>

namespace {
bool isHelp(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h")
        || argument == QLatin1String("help");
}
bool isVersion(const QString &argument)
{
    return argument == QLatin1String("--version") || argument == QLatin1String("-v");
}
} // namespace

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<TreeCommand>());
    m_commands.push_back(std::make_unique<ShowCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<AddCommand>());
    m_commands.push_back(std::make_unique<PutCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<MediaCommand>());
    m_commands.push_back(std::make_unique<DeleteCommand>());
    m_commands.push_back(std::make_unique<HistoryCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<TrashCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<CopyCommand>());
    m_commands.push_back(std::make_unique<UsersCommand>());
    m_commands.push_back(std::make_unique<SettingsCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<SpellCommand>());
    m_commands.push_back(std::make_unique<StatusCommand>());
    m_commands.push_back(std::make_unique<XliffCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<BenchSiteCommand>());
}

CommandLine::~CommandLine() = default;

bool CommandLine::handles(const QStringList &arguments) const
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    if (isHelp(first) || isVersion(first))
        return true;
    for (const auto &command : m_commands) {
        if (command->name() == first)
            return true;
    }
    // A word that names no file and does not look like one is a mistyped command, not a site:
    // answer on the terminal instead of opening a window with an error.
    const bool looksLikeAFile = first.contains(u'/') || first.contains(u'.');
    return !first.startsWith(u'-') && !looksLikeAFile && !QFileInfo::exists(first);
}

QString CommandLine::helpText() const
{
    QString text = tr("Usage: newsdesk [SITE]                 open the editor (default: the last "
                      "site)\n"
                      "       newsdesk COMMAND [options] …    work on a site from the command "
                      "line\n\nCommands:\n");
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -6).arg(command->summary());
    text += tr("\n'newsdesk COMMAND --help' describes a command's options.\n"
               "Exit codes: 0 fine, 1 problems found, 2 usage or I/O error.\n");
    return text;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty() || isHelp(arguments.first())) {
        out << helpText();
        return Command::Success;
    }
    if (isVersion(arguments.first())) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return Command::Success;
    }
    for (const auto &command : m_commands) {
        if (command->name() == arguments.first())
            return command->run(arguments, { out, err });
    }
    err << tr("newsdesk: unknown command '%1' (see 'newsdesk --help')").arg(arguments.first())
        << Qt::endl;
    return Command::UsageOrIoError;
}
