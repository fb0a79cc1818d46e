# Installing ReleaseDesk like a desktop application, and the Debian package CPack makes of it
# (scripts/package). Everything here is configured once, at configure time: the normal build gains
# no step. The files themselves live in packaging/.
include(GNUInstallDirs)

# The version comes from project(VERSION) only; its date goes with it (metainfo, man pages,
# changelog): change both together.
set(RELEASEDESK_RELEASE_DATE 2026-12-03)
set(RELEASEDESK_HOMEPAGE "https://releasedesk.example.org/" CACHE STRING
    "Project home page (package Homepage, AppStream url; the screenshots are under it)")
set(RELEASEDESK_SCREENSHOT_URL "${RELEASEDESK_HOMEPAGE}screenshots" CACHE STRING
    "Where docs/screenshots/*.png are published, for the AppStream metainfo")
set(RELEASEDESK_MAINTAINER "ReleaseDesk maintainers <maintainers@releasedesk.example.org>"
    CACHE STRING "Maintainer field of the Debian package")

foreach(program releasedesk releasedesk-cli releasedesk-demo-portal)
    target_compile_definitions(${program} PRIVATE RELEASEDESK_VERSION="${PROJECT_VERSION}")
endforeach()
target_compile_definitions(releasedesk PRIVATE RELEASEDESK_APP_ID="${RELEASEDESK_APP_ID}")

# Paths as the package installs them (the man pages name them); the package's prefix is /usr.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(releasedesk_datadir ${CMAKE_INSTALL_DATADIR}/releasedesk)
set(releasedesk_docdir ${CMAKE_INSTALL_DATADIR}/doc/releasedesk)
set(RELEASEDESK_PROFILES_DIR ${CPACK_PACKAGING_INSTALL_PREFIX}/${releasedesk_datadir}/profiles)
set(RELEASEDESK_DOC_DIR ${CPACK_PACKAGING_INSTALL_PREFIX}/${releasedesk_docdir})

set(packaging_src ${PROJECT_SOURCE_DIR}/packaging)
set(packaging_out ${PROJECT_BINARY_DIR}/packaging)

# gzip -n: no name or time stamp inside, so the same input gives the same package.
function(releasedesk_gzip file)
    execute_process(COMMAND gzip -9 -n -k -f ${file} RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "gzip ${file} failed")
    endif()
endfunction()

install(TARGETS releasedesk releasedesk-cli releasedesk-demo-portal
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Menu entry, software-centre metadata, icons.
install(FILES ${packaging_src}/${RELEASEDESK_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${packaging_src}/${RELEASEDESK_APP_ID}.metainfo.xml.in
    ${packaging_out}/${RELEASEDESK_APP_ID}.metainfo.xml @ONLY)
install(FILES ${packaging_out}/${RELEASEDESK_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${packaging_src}/icons/${RELEASEDESK_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
file(GLOB icon_sizes LIST_DIRECTORIES true CONFIGURE_DEPENDS ${packaging_src}/icons/*x*)
foreach(size_dir IN LISTS icon_sizes)
    get_filename_component(size ${size_dir} NAME)
    install(FILES ${size_dir}/${RELEASEDESK_APP_ID}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}/apps)
endforeach()

# The built-in profiles are the top-level resources/profiles/*.json (network/CMakeLists.txt): their
# names for the completion (RELEASEDESK_EMBEDDED_PROFILES) and, in bold, for the man pages.
file(GLOB builtin_profiles CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/profiles/*.json)
set(RELEASEDESK_EMBEDDED_PROFILES)
foreach(profile IN LISTS builtin_profiles)
    get_filename_component(name ${profile} NAME_WE)
    list(APPEND RELEASEDESK_EMBEDDED_PROFILES ${name})
endforeach()
list(SORT RELEASEDESK_EMBEDDED_PROFILES)
set(RELEASEDESK_EMBEDDED_PROFILES_ROFF)
foreach(name IN LISTS RELEASEDESK_EMBEDDED_PROFILES)
    string(REPLACE "-" "\\-" roff_name ${name})
    list(APPEND RELEASEDESK_EMBEDDED_PROFILES_ROFF "\\fB${roff_name}\\fR")
endforeach()
list(JOIN RELEASEDESK_EMBEDDED_PROFILES " " RELEASEDESK_EMBEDDED_PROFILES)
list(JOIN RELEASEDESK_EMBEDDED_PROFILES_ROFF ", " RELEASEDESK_EMBEDDED_PROFILES_ROFF)

# Man pages (roff written by hand, versions, paths and profile names filled in) and the bash
# completion.
foreach(page releasedesk releasedesk-cli releasedesk-demo-portal)
    configure_file(${packaging_src}/man/${page}.1.in ${packaging_out}/${page}.1 @ONLY)
    releasedesk_gzip(${packaging_out}/${page}.1)
    install(FILES ${packaging_out}/${page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
configure_file(${packaging_src}/completion/releasedesk-cli.bash.in
    ${packaging_out}/releasedesk-cli.bash @ONLY)
install(FILES ${packaging_out}/releasedesk-cli.bash
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME releasedesk-cli)

# Site profiles: the built-in ones as files to copy from, and the examples (whatever is in the
# folder when installing, so profiles added later come along).
install(FILES ${builtin_profiles} DESTINATION ${releasedesk_datadir}/profiles)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/profiles/examples/
    DESTINATION ${releasedesk_datadir}/profiles/examples)

# Documentation: copyright, changelog (Debian's format, as dpkg and lintian expect it), and the
# pages the man pages point to.
configure_file(${packaging_src}/copyright ${packaging_out}/copyright COPYONLY)
execute_process(COMMAND date -u -R -d "${RELEASEDESK_RELEASE_DATE} 12:00"
    OUTPUT_VARIABLE RELEASEDESK_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE)
configure_file(${packaging_src}/changelog.in ${packaging_out}/changelog @ONLY)
releasedesk_gzip(${packaging_out}/changelog)
install(FILES ${packaging_out}/copyright ${packaging_out}/changelog.gz
    ${PROJECT_SOURCE_DIR}/docs/profile.md ${PROJECT_SOURCE_DIR}/docs/demo-portal.md
    ${PROJECT_SOURCE_DIR}/docs/at-most-once.md
    DESTINATION ${releasedesk_docdir})

# The Debian package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME releasedesk)
set(CPACK_PACKAGE_VENDOR "The ReleaseDesk developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${RELEASEDESK_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${RELEASEDESK_MAINTAINER}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # releasedesk_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${RELEASEDESK_HOMEPAGE}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "release the pending tickets of a release portal, batch by batch")
# The long description, in English and Chinese; CPack puts the summary above it.
file(READ ${packaging_src}/description.txt CPACK_DEBIAN_PACKAGE_DESCRIPTION)
string(STRIP "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}" CPACK_DEBIAN_PACKAGE_DESCRIPTION)
# Libraries linked: found by dpkg-shlibdeps. Loaded at run time, so it cannot see them: libsecret
# (qtkeychain opens it for the system keychain), the Qt SQLite driver (history), the Qt platform
# plugins (the window).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite, qt6-qpa-plugins")
# Qt's own strings (standard dialogs) in Chinese; Wayland without XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)

# The package test: builds the .deb with the configuration above (a few seconds), checks its
# contents and runs the programs from it. Only where dpkg-deb is (Debian and its derivatives).
find_program(DPKG_DEB dpkg-deb)
if(DPKG_DEB)
    add_test(NAME package_deb
        COMMAND bash ${PROJECT_SOURCE_DIR}/tests/packaging/check-package
            ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR} ${PROJECT_VERSION} ${RELEASEDESK_APP_ID})
    set_tests_properties(package_deb PROPERTIES TIMEOUT 300)
endif()
add_test(NAME package_completion
    COMMAND bash ${PROJECT_SOURCE_DIR}/tests/packaging/check-completion
        ${packaging_out}/releasedesk-cli.bash $<TARGET_FILE:releasedesk-cli>)
add_test(NAME package_manpages
    COMMAND bash ${PROJECT_SOURCE_DIR}/tests/packaging/check-manpages ${packaging_out}
        $<TARGET_FILE:releasedesk> $<TARGET_FILE:releasedesk-cli>
        $<TARGET_FILE:releasedesk-demo-portal>)
set_tests_properties(package_completion package_manpages PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
