#pragma once

#include <QString>

// The name of the operating system account running Newsdesk: its full name (the GECOS field,
// up to its first comma), else its login name, else $USER / $LOGNAME / $USERNAME.
namespace AccountName {

QString current();

} // namespace AccountName
