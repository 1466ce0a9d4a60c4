#pragma once

#include "command.h"

#include <memory>
#include <vector>

// `newsdesk COMMAND …`: the headless entry points, running the same code as the editor.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();
    ~CommandLine();

    // True when `arguments` (without the program name) ask for a command, --help or --version
    // (or name an unknown command) rather than the editor.
    bool handles(const QStringList &arguments) const;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    QString helpText() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};
