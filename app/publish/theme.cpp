#include "theme.h"

#include "environment/datapaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

constexpr char DefaultTheme[] = ":/themes/default/";
constexpr char FontFolder[] = "fonts/noto-sans-georgian";

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Theme::tr("%1: cannot read: %2").arg(path, file.errorString()));
    return file.readAll();
}

QByteArray fontFaces()
{
    QByteArray css;
    for (const char *weight : { "400", "700" }) {
        css += QByteArrayLiteral("@font-face { font-family: \"Noto Sans Georgian\"; font-style: "
                                 "normal; font-weight: ")
            + weight + QByteArrayLiteral("; font-display: swap; src: url(fonts/noto-sans-georgian-")
            + weight
            + QByteArrayLiteral(".woff2) format(\"woff2\"); unicode-range: U+0589, "
                                "U+10A0-10FF, U+1C90-1CBF, U+2D00-2D2F; }\n");
    }
    return css;
}

// The words of labels/<language>.json files in `folder`, over those already in `labels`.
Status readLabels(const QString &folder, QMap<QString, QMap<QString, QString>> &labels)
{
    static const QRegularExpression language(QStringLiteral("^([a-z]{2,3})\\.json$"));
    const QDir dir(folder);
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const auto match = language.match(name);
        if (!match.hasMatch())
            continue;
        const QString path = dir.filePath(name);
        const auto bytes = readFile(path);
        if (!bytes)
            return bytes.failure();
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(*bytes, &error);
        if (!json.isObject())
            return failure(Theme::tr("%1: not a JSON object of words: %2")
                               .arg(QDir::toNativeSeparators(path),
                                   error.error == QJsonParseError::NoError
                                       ? Theme::tr("the file holds no object")
                                       : error.errorString()));
        QMap<QString, QString> &words = labels[match.captured(1)];
        const QJsonObject object = json.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString())
                return failure(Theme::tr("%1: the word \"%2\" is not a string")
                                   .arg(QDir::toNativeSeparators(path), it.key()));
            words.insert(it.key(), it.value().toString());
        }
    }
    return {};
}

} // namespace

const QStringList &Theme::templateNames()
{
    static const QStringList names { QStringLiteral("layout"), QStringLiteral("home"),
        QStringLiteral("section"), QStringLiteral("page"), QStringLiteral("news"),
        QStringLiteral("newslist"), QStringLiteral("search"), QStringLiteral("404"),
        QStringLiteral("index") };
    return names;
}

QString Theme::folderFor(const QString &setting, const QString &sitePath)
{
    if (setting.isEmpty() || !QDir::isRelativePath(setting))
        return setting;
    return QFileInfo(sitePath).dir().filePath(setting);
}

Result<Theme> Theme::load(const QString &folder)
{
    Theme theme;
    const QDir own(folder);
    if (!folder.isEmpty() && !own.exists())
        return failure(tr("%1: the theme folder does not exist").arg(folder));
    const auto pick = [&](const QString &file) {
        return !folder.isEmpty() && own.exists(file) ? own.filePath(file)
                                                     : QLatin1String(DefaultTheme) + file;
    };

    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &name : templateNames()) {
        const QString path = pick(name + QStringLiteral(".mustache"));
        const auto text = readFile(path);
        if (!text)
            return text.failure();
        kainjow::mustache::mustache parsed(text->toStdString());
        if (!parsed.is_valid()) {
            return failure(tr("%1: %2").arg(
                QDir::toNativeSeparators(path), QString::fromStdString(parsed.error_message())));
        }
        theme.m_templates.insert(name, text->toStdString());
        hash.addData(QByteArray(name.toUtf8() + '\0' + *text + '\0'));
    }

    if (auto read
        = readLabels(QLatin1String(DefaultTheme) + QStringLiteral("labels"), theme.m_labels);
        !read)
        return read.failure();
    if (!folder.isEmpty()) {
        if (auto read = readLabels(own.filePath(QStringLiteral("labels")), theme.m_labels); !read)
            return read.failure();
    }
    for (auto language = theme.m_labels.cbegin(); language != theme.m_labels.cend(); ++language) {
        for (auto it = language->cbegin(); it != language->cend(); ++it)
            hash.addData(
                QString(language.key() + u'\0' + it.key() + u'\0' + it.value() + u'\0').toUtf8());
    }

    const auto style = readFile(pick(QStringLiteral("style.css")));
    if (!style)
        return style.failure();
    QByteArray css = *style;
    // The Georgian web font, when set-up installed it.
    if (const QString fonts = DataPaths::find(QLatin1String(FontFolder)); !fonts.isEmpty()) {
        bool complete = true;
        for (const char *weight : { "400", "700" }) {
            const QString file
                = QStringLiteral("noto-sans-georgian-%1.woff2").arg(QLatin1String(weight));
            const auto bytes = readFile(QDir(fonts).filePath(file));
            if (!bytes) {
                complete = false;
                break;
            }
            theme.m_assets.insert(QStringLiteral("assets/fonts/") + file, *bytes);
        }
        const auto licence = readFile(QDir(fonts).filePath(QStringLiteral("OFL.txt")));
        if (complete && licence) {
            theme.m_assets.insert(QStringLiteral("assets/fonts/OFL.txt"), *licence);
            css.prepend(fontFaces());
            theme.m_hasWebFont = true;
        } else {
            theme.m_assets.removeIf(
                [](const auto &it) { return it.key().startsWith(u"assets/fonts/"); });
        }
    }
    theme.m_assets.insert(QStringLiteral("assets/style.css"), css);
    // The search page's script (our own file, never content's).
    const auto script = readFile(pick(QStringLiteral("search.js")));
    if (!script)
        return script.failure();
    theme.m_assets.insert(QStringLiteral("assets/search.js"), *script);

    // The override's own files under assets/ (a logo, more styles).
    if (!folder.isEmpty() && own.exists(QStringLiteral("assets"))) {
        const QDir assets(own.filePath(QStringLiteral("assets")));
        QDirIterator it(assets.path(), QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = assets.relativeFilePath(path);
            if (relative.startsWith(QLatin1String("..")) || relative.startsWith(u'.')
                || relative.contains(QLatin1String("/.")))
                continue; // hidden files and anything outside stay out of the bundle
            const auto bytes = readFile(path);
            if (!bytes)
                return bytes.failure();
            theme.m_assets.insert(QStringLiteral("assets/") + relative, *bytes);
        }
    }
    for (auto it = theme.m_assets.cbegin(); it != theme.m_assets.cend(); ++it)
        hash.addData(QByteArray(it.key().toUtf8() + '\0' + it.value() + '\0'));
    theme.m_fingerprint = hash.result();
    return theme;
}

QString Theme::label(const QString &language, const QString &key) const
{
    const auto words = m_labels.constFind(language);
    if (words != m_labels.cend()) {
        if (const auto word = words->constFind(key); word != words->cend())
            return *word;
    }
    return m_labels.value(QStringLiteral("en")).value(key);
}

QMap<QString, QString> Theme::labels(const QString &language) const
{
    QMap<QString, QString> words = m_labels.value(QStringLiteral("en"));
    words.insert(m_labels.value(language));
    return words;
}

Theme::Renderer::Renderer(const Theme &theme)
{
    for (auto it = theme.m_templates.cbegin(); it != theme.m_templates.cend(); ++it)
        m_templates[it.key()] = std::make_unique<kainjow::mustache::mustache>(it.value());
}

Theme::Renderer::~Renderer() = default;
Theme::Renderer::Renderer(Renderer &&) noexcept = default;

std::string Theme::Renderer::renderString(const QString &name, const Data &data)
{
    std::string out;
    const auto found = m_templates.find(name);
    if (found == m_templates.end())
        return out;
    out.reserve(16 * 1024);
    found->second->render(data, [&out](const std::string &text) { out += text; });
    return out;
}

QByteArray Theme::Renderer::render(const QString &name, const Data &data)
{
    QByteArray out;
    const auto found = m_templates.find(name);
    if (found == m_templates.end())
        return out;
    out.reserve(16 * 1024);
    found->second->render(
        data, [&out](const std::string &text) { out.append(text.data(), qsizetype(text.size())); });
    return out;
}
