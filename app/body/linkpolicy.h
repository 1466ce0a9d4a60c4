#pragma once

#include <QString>

// Which URLs may stand in a body. Links: http, https, mailto, tel, page:ID (a page of this
// site), relative URLs and #fragments. Images: media:ID only (everything else is imported as
// media first, or turned into a link or text). Tabs and newlines inside a URL are dropped
// first, as browsers do, so "java\tscript:" is seen for what it is.
namespace LinkPolicy {

// The URL as it may be stored, or an empty string when it must go.
QString cleanLink(const QString &url);
bool isMediaSource(const QString &src);
bool isRemote(const QString &url); // http:, https: or protocol-relative //host

} // namespace LinkPolicy
