#pragma once

// Finding widgets the way assistive technology does: by accessible name.

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

} // namespace GuiTestSupport
