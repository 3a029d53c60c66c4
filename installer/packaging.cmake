# The Debian package (CPack): gradphoto_<version>_amd64.deb with both programs (installed by
# app/CMakeLists.txt), the templates and translations (installed there and in the top-level
# CMakeLists), and from here: the desktop entry and icon, man pages generated from --help, and the
# demo-photo fetcher. The face models are not inside: the first run says
# `gradphoto-cli models install`. Built with `./installer/quickstart package` (target `package`).

set(_installer "${CMAKE_SOURCE_DIR}/installer")

install(FILES "${_installer}/desktop/gradphoto.desktop"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${CMAKE_SOURCE_DIR}/templates/icons/gradphoto.svg"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(PROGRAMS "${_installer}/fetch-demo-photos"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/gradphoto)
install(FILES "${_installer}/demo-photos.sha256"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/gradphoto)

# Man pages from the built program's --help, dated by the last commit (today outside git).
set(_man_dir "${CMAKE_BINARY_DIR}/man")
execute_process(COMMAND git log -1 --format=%ct
    WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}" OUTPUT_VARIABLE _commit_epoch
    OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
add_custom_command(
    OUTPUT "${_man_dir}/gradphoto-cli.1.gz" "${_man_dir}/gradphoto.1.gz"
    COMMAND ${CMAKE_COMMAND} -E env "SOURCE_DATE_EPOCH=${_commit_epoch}"
        "${_installer}/make-manpages" $<TARGET_FILE:gradphoto-cli> "${_man_dir}"
        "${PROJECT_VERSION}" $<TARGET_FILE:gradphoto>
    DEPENDS gradphoto-cli gradphoto "${_installer}/make-manpages"
    COMMENT "Writing the man pages from --help")
add_custom_target(gradphoto_manpages ALL
    DEPENDS "${_man_dir}/gradphoto-cli.1.gz" "${_man_dir}/gradphoto.1.gz")
install(FILES "${_man_dir}/gradphoto-cli.1.gz" "${_man_dir}/gradphoto.1.gz"
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "gradphoto")
set(CPACK_PACKAGE_VENDOR "GradPhoto Console")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "graduate photo review for diploma e-registration (毕业生图像审核台)")
set(CPACK_PACKAGE_DESCRIPTION
    "GradPhoto Console checks graduate photos against 教毕指〔2017〕99号 before CHSI registration,\n\
compares them with enrollment photos, gives reviewers a fast approve/reject screen and writes the\n\
per-center sheets, the CHSI upload package and the mailing packages. Two programs: the\n\
wxWidgets console gradphoto and the headless gradphoto-cli. The face models are fetched\n\
on first use with: gradphoto-cli models install")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME "gradphoto_${PROJECT_VERSION}_amd64.deb")
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE "amd64")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "GradPhoto Console maintainers <gradphoto@example.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION "graphics")
# The shared libraries the programs link (wx, OpenCV, dlib's BLAS, Poco, orcus, ...) are found
# by dpkg-shlibdeps; what they only use at run time is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk, tar, gzip")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "npm, ca-certificates")
set(CPACK_STRIP_FILES ON)
include(CPack)
