#pragma once

#include <QMessageBox>

// A failure told in a window-modal box that does not block: `title` says what could not be
// done, `message` is the one line naming the file, page or field and the problem.
inline void showError(QWidget *parent, const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
