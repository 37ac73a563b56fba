# `cmake --install build --prefix P`: both executables, their private libraries, and what a
# desktop needs to list, open and theme the editor (menu entry, AppStream metainfo, hicolor
# icons, the draft MIME type). Included last, once every target exists.
include(GNUInstallDirs)

# The layer libraries are private to the executables: they go to lib/leadopp and are found
# through $ORIGIN, so an install under any prefix (and the .deb) runs without LD_LIBRARY_PATH.
set(LEADOPP_INSTALL_PRIVATE_LIBDIR ${CMAKE_INSTALL_LIBDIR}/leadopp)
file(RELATIVE_PATH LEADOPP_BIN_TO_PRIVATE_LIBS
  /prefix/${CMAKE_INSTALL_BINDIR} /prefix/${LEADOPP_INSTALL_PRIVATE_LIBDIR})

set(LEADOPP_INSTALLED_LIBRARIES leadopp_core leadopp_net leadopp_sandbox leadopp_cli_remote)
set(LEADOPP_INSTALLED_EXECUTABLES leadopp)
if(LEADOPP_BUILD_GUI)
  list(APPEND LEADOPP_INSTALLED_LIBRARIES leadopp_session leadopp_ui)
  list(APPEND LEADOPP_INSTALLED_EXECUTABLES leadopp-editor)
endif()
set_target_properties(${LEADOPP_INSTALLED_LIBRARIES} PROPERTIES INSTALL_RPATH "$ORIGIN")
set_target_properties(${LEADOPP_INSTALLED_EXECUTABLES} PROPERTIES
  INSTALL_RPATH "$ORIGIN/${LEADOPP_BIN_TO_PRIVATE_LIBS}")
install(TARGETS ${LEADOPP_INSTALLED_EXECUTABLES} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS ${LEADOPP_INSTALLED_LIBRARIES}
  LIBRARY DESTINATION ${LEADOPP_INSTALL_PRIVATE_LIBDIR})

if(NOT LEADOPP_BUILD_GUI)
  return()
endif()

set(LEADOPP_RESOURCES ${PROJECT_SOURCE_DIR}/resources)
install(FILES ${LEADOPP_RESOURCES}/leadopp-editor.desktop
  DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${LEADOPP_RESOURCES}/io.github.leadopp.editor.metainfo.xml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${LEADOPP_RESOURCES}/leadopp-editor-mime.xml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME leadopp-editor.xml)

# hicolor: the SVG scales anywhere; PNGs at the sizes menus, docks and file managers ask
# for, rendered from that same SVG at build time so they never drift from it.
set(LEADOPP_ICON_SVG ${LEADOPP_RESOURCES}/icons/leadopp-editor.svg)
set(LEADOPP_ICONS_DIR ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
install(FILES ${LEADOPP_ICON_SVG} DESTINATION ${LEADOPP_ICONS_DIR}/scalable/apps)
find_program(LEADOPP_RSVG_CONVERT rsvg-convert)
if(NOT LEADOPP_RSVG_CONVERT)
  message(WARNING "rsvg-convert (librsvg2-bin) not found: only the SVG icon is installed")
  return()
endif()
set(LEADOPP_ICON_PNGS)
foreach(size 16 22 24 32 48 64 128 256)
  set(png ${PROJECT_BINARY_DIR}/icons/${size}x${size}/leadopp-editor.png)
  add_custom_command(OUTPUT ${png}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/icons/${size}x${size}
    COMMAND ${LEADOPP_RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${LEADOPP_ICON_SVG}
    DEPENDS ${LEADOPP_ICON_SVG}
    COMMENT "Rendering the ${size}x${size} application icon"
    VERBATIM)
  list(APPEND LEADOPP_ICON_PNGS ${png})
  install(FILES ${png} DESTINATION ${LEADOPP_ICONS_DIR}/${size}x${size}/apps)
endforeach()
add_custom_target(leadopp_icons ALL DEPENDS ${LEADOPP_ICON_PNGS})
