# `cpack -G DEB` in the build folder: one leadopp package with both executables. Library
# dependencies come from dpkg-shlibdeps, so they follow whatever the build linked.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME leadopp)
set(CPACK_PACKAGE_VENDOR "Lead Opportunity Editor team")
set(CPACK_PACKAGE_CONTACT "Lead Opportunity Editor team <leadopp-editor@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
  "Opens a lead opportunity that the Dassault Systemes partner sales API rejected, marks \
every field the server named, and resubmits it once fixed. The leadopp command does the \
same from scripts; a built-in sandbox serves the API's contract on loopback.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/leadopp/leadopp-editor)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, not linked, so shlibdeps cannot see them: the SVG icon engine (every
# icon of the editor is an SVG).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4)")
# Qt's own catalogues translate its dialogs and the option parser; a keyring daemon keeps
# the API key (QtKeychain talks to it over D-Bus). Neither is linked, so shlibdeps cannot
# see them.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
include(CPack)
