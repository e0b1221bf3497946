# CPack: a .deb that depends on Debian's Qt 6 runtime packages, and a .tar.gz
# (packaging/README.md). `cpack` in a build directory makes both.
set(CPACK_PACKAGE_NAME foljsam)
set(CPACK_PACKAGE_VENDOR "Följsam")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Följsam <support@foljsam.se>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "follow-up of participants for samordningsförbund")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://foljsam.se")
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_INSTALL_DIRECTORY foljsam)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1) # 0.1.0-1: a package of an upstream version (packaging/changelog)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Följsam <support@foljsam.se>")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Följsam registers referrals, enrollments, action plans, contacts, exits and
 the follow-ups 6 and 12 months later for programmes run or financed by a
 samordningsförbund, and produces the evaluation reports, the dashboard and
 the socio-economic calculation from the register. It replaces the follow-up
 systems SUS and DIS.")
# The libraries the programs link are found by dpkg-shlibdeps; the plugins Qt loads at run time
# (the SQLite and PostgreSQL drivers, the platform and image plugins) are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-image-formats-plugins | libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql, qt6-translations-l10n")

# Windows (packaging/README.md; not built here): an NSIS installer of the windeployqt'd programs.
if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_NSIS_DISPLAY_NAME "Följsam")
    set(CPACK_NSIS_PACKAGE_NAME "Följsam ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/foljsam.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin/foljsam.exe)
    set(CPACK_NSIS_CREATE_ICONS_EXTRA
        "CreateShortCut '$SMPROGRAMS\\$STARTMENU_FOLDER\\Följsam.lnk' '$INSTDIR\\bin\\foljsam.exe'")
    set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\$START_MENU\\Följsam.lnk'")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_URL_INFO_ABOUT "https://foljsam.se")
endif()

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")
include(CPack)
