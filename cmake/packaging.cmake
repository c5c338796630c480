# The Debian package: `cpack -G DEB` in a build directory (scripts/package.sh does it all) gives
# kassawacht_<version>_<arch>.deb with the binary, the rules, the extension and the system-level
# host manifests for Chromium, Chrome and Firefox.
set(CPACK_PACKAGE_NAME kassawacht)
set(CPACK_PACKAGE_VENDOR "Kassawacht")
set(CPACK_PACKAGE_CONTACT "Kassawacht maintainers <maintainers@kassawacht.nl>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "checks Dutch webshop checkouts against consumer law (native messaging host)")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX ${KASSAWACHT_PACKAGE_PREFIX})
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_NAME kassawacht)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # kassawacht_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://kassawacht.nl")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Kassawacht tells you, while you look at a Dutch webshop, where its checkout breaks Dutch\nconsumer law and the Thuiswinkel Waarborg criteria. This package holds the native host\n(kassawacht), its rule catalogue, the browser extension and the system-level native\nmessaging host manifests for Chromium, Google Chrome and Firefox.")
# dpkg-shlibdeps finds libicu72, libre2-9, libgumbo1 and libstdc++6 from the binary itself.
find_program(KW_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(KW_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libicu72, libre2-9, libgumbo1, libstdc++6, libc6")
endif()
# One package from the default component plus the system manifests, which a plain
# `cmake --install` leaves out (EXCLUDE_FROM_ALL in manifests/CMakeLists.txt).
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_COMPONENTS_ALL Unspecified system-manifests)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The manifests under /etc are configuration: dpkg keeps an administrator's edits on upgrade.
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/debian/conffiles
     "/etc/chromium/native-messaging-hosts/${KASSAWACHT_HOST_NAME}.json\n"
     "/etc/opt/chrome/native-messaging-hosts/${KASSAWACHT_HOST_NAME}.json\n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_CURRENT_BINARY_DIR}/debian/conffiles)
include(CPack)
