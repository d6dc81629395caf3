# The Debian 12 package: `cpack -G DEB` in a built tree (packaging/README.md). Included by the
# top-level CMakeLists.txt, so that `cpack` finds its configuration at the build tree's root.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ponton)
set(CPACK_PACKAGE_VENDOR "The Ponton developers")
set(CPACK_PACKAGE_CONTACT "The Ponton developers <developers@ponton.io>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbench for container images, with its own engine")
set(CPACK_PACKAGE_DESCRIPTION "Ponton pulls, pushes, builds, inspects and runs container images with
Docker's verbs (ponton) or a desktop workbench (ponton-desktop). The runtime helper, its only
privileged part, runs as a systemd socket-activated service for members of the ponton group.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://ponton.io/")
# Libraries from dpkg-shlibdeps; programs Ponton runs and does not link.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "pkexec")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "skopeo, umoci")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
  "${CMAKE_CURRENT_LIST_DIR}/debian/postinst;${CMAKE_CURRENT_LIST_DIR}/debian/prerm;${CMAKE_CURRENT_LIST_DIR}/debian/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
