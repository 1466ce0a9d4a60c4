# `cpack -G DEB` in the build folder builds a Debian package of Newsdesk.
set(CPACK_PACKAGE_NAME "newsdesk")
set(CPACK_PACKAGE_VENDOR "The Newsdesk developers")
set(CPACK_PACKAGE_CONTACT "The Newsdesk developers <newsdesk@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "editors")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt plug-ins loaded at run time, which dpkg-shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, qt6-image-formats-plugins, fonts-noto-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "hunspell-en-gb | hunspell-en-us")
# CPack puts the summary first and indents these lines itself.
string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Newsdesk edits a country office's website in English and Georgian: a page\n"
    "tree, a rich-text editor, translations with their status and export of\n"
    "static bundles. One site is one SQLite file; a command line runs the same code.")
include(CPack)
