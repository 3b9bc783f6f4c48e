# The till for store hardware that runs Windows: an NSIS installer with kassa.exe and
# kassactl.exe, the Qt runtime windeployqt collects, the other DLLs the executables load
# (OpenSSL, SQLite, zstd from vcpkg) and the compiler's runtime, a Start-menu entry and a
# desktop shortcut. kassa-central is not part of it: head office runs central on Debian.
#
# Built on Windows only (see docs/store-guide.md, "Windows installer"); the Debian build machines
# cannot build or test it.

install(TARGETS kassa kassactl RUNTIME DESTINATION bin COMPONENT till)
install(FILES $<TARGET_RUNTIME_DLLS:kassa> $<TARGET_RUNTIME_DLLS:kassactl> DESTINATION bin COMPONENT till)

# Qt's own DLLs and plugins (platform, styles) beside kassa.exe.
find_program(KASSA_WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin" REQUIRED)
install(CODE "
    execute_process(COMMAND \"${KASSA_WINDEPLOYQT}\" --release --no-translations --no-opengl-sw
                            --dir \"\${CMAKE_INSTALL_PREFIX}/bin\" \"\${CMAKE_INSTALL_PREFIX}/bin/kassa.exe\"
                    COMMAND_ERROR_IS_FATAL ANY)"
    COMPONENT till)

set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT till)
include(InstallRequiredSystemLibraries)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt COMPONENT till)

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_NAME Kassa)
set(CPACK_PACKAGE_VENDOR "The Kassa authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Kassa)
set(CPACK_COMPONENTS_ALL till)
set(CPACK_MONOLITHIC_INSTALL ON)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_NSIS_DISPLAY_NAME Kassa)
set(CPACK_NSIS_PACKAGE_NAME "Kassa ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\kassa.exe)
# Start menu and desktop: Kassa.
set(CPACK_PACKAGE_EXECUTABLES kassa Kassa)
set(CPACK_CREATE_DESKTOP_LINKS kassa)
# Installing a newer version removes the older program first; the till's data lives in
# %APPDATA%\kassa and is never touched by the installer or the uninstaller, and the new
# version migrates the database on its first start.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)

include(CPack)
