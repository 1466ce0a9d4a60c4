#pragma once

// Finding widgets the way assistive technology does: by accessible name; the interface in
// another language for a while.

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <QWidget>

namespace GuiTestSupport {

template<class T>
T *named(const QWidget *root, const QString &name)
{
    const auto widgets = root->findChildren<T *>();
    for (T *widget : widgets) {
        if (widget->accessibleName() == name)
            return widget;
    }
    return nullptr;
}

// The interface in `language` ("en", or "ka": Georgian locale and translation) while it lives;
// as it was afterwards.
class InterfaceIn
{
public:
    explicit InterfaceIn(const QString &language)
    {
        if (language != QLatin1String("ka"))
            return;
        QLocale::setDefault(QLocale(QLocale::Georgian, QLocale::Georgia));
        m_ready = m_translator.load(
            QLocale(), QStringLiteral("newsdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"));
        if (m_ready)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~InterfaceIn()
    {
        QLocale::setDefault(m_before);
        QCoreApplication::removeTranslator(&m_translator);
    }
    InterfaceIn(const InterfaceIn &) = delete;
    InterfaceIn &operator=(const InterfaceIn &) = delete;
    // False when the translation could not be loaded.
    bool isReady() const { return m_ready; }

private:
    const QLocale m_before;
    QTranslator m_translator;
    bool m_ready = true;
};

} // namespace GuiTestSupport
