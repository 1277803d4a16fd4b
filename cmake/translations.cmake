# Translations in KDE's layout, po/<language>/<domain>.po (Messages.sh extracts the templates).
# Each catalog is compiled with msgfmt into the build tree's share/locale, where the tests bind
# their text domains, and installed into the system's locale directory. One function for both
# domains instead of ki18n_install(po): that would install every domain in po/, the core's too,
# with the agent, while the CLI needs the core's catalog without KI18n.
find_program(FOLLOWUPS_MSGFMT msgfmt REQUIRED)
# The CLI finds the catalogs relative to its binary (../share/locale from bin/); the build tree
# mirrors that from the CLI's build folder, so the built CLI reads the built catalogs.
file(RELATIVE_PATH FOLLOWUPS_LOCALEDIR_FROM_BINDIR ${CMAKE_INSTALL_FULL_BINDIR}
     ${CMAKE_INSTALL_FULL_LOCALEDIR})
cmake_path(ABSOLUTE_PATH FOLLOWUPS_LOCALEDIR_FROM_BINDIR BASE_DIRECTORY ${CMAKE_BINARY_DIR}/cli
           NORMALIZE OUTPUT_VARIABLE FOLLOWUPS_BUILD_LOCALEDIR)

# followups_translations(<domain> <install component>)
function(followups_translations domain component)
    file(GLOB po_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/po/*/${domain}.po)
    set(catalogs)
    foreach(po_file IN LISTS po_files)
        get_filename_component(language_dir ${po_file} DIRECTORY)
        get_filename_component(language ${language_dir} NAME)
        set(catalog_dir ${FOLLOWUPS_BUILD_LOCALEDIR}/${language}/LC_MESSAGES)
        # --check: a translation that drops or changes a placeholder fails the build.
        add_custom_command(
            OUTPUT ${catalog_dir}/${domain}.mo
            COMMAND ${CMAKE_COMMAND} -E make_directory ${catalog_dir}
            COMMAND ${FOLLOWUPS_MSGFMT} --check -o ${catalog_dir}/${domain}.mo ${po_file}
            DEPENDS ${po_file}
            COMMENT "Compiling the ${language} catalog of ${domain}"
            VERBATIM)
        list(APPEND catalogs ${catalog_dir}/${domain}.mo)
        install(FILES ${catalog_dir}/${domain}.mo
                DESTINATION ${CMAKE_INSTALL_LOCALEDIR}/${language}/LC_MESSAGES COMPONENT ${component})
    endforeach()
    add_custom_target(${domain}-catalogs ALL DEPENDS ${catalogs})
endfunction()
