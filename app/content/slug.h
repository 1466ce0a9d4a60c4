#pragma once

#include <QString>

// URL slugs: lower-case a-z, 0-9 and single inner hyphens. Georgian is romanised with the
// national system of 2002 (apostrophes of ejectives dropped), other Latin letters lose their
// diacritics, everything else separates words.
namespace Slug {

constexpr int MaxLength = 80;

QString fromTitle(const QString &title);
bool isValid(const QString &slug);
QString romanizeGeorgian(const QString &text);

} // namespace Slug
