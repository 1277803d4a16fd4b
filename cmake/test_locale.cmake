# A messages locale for the tests on machines that have none in which the C library reads LANGUAGE
# (Debian 13 without generated locales: glibc 2.39 reads it in C.UTF-8 no more): C.UTF-8's messages
# category, which libc-bin installs everywhere, under the name en_US.UTF-8 in a folder the tests
# give setlocale in LOCPATH (tests/support/texts_language.h, the agent's coretextstest). Only the
# name matters to gettext; the data is the same.
set(FOLLOWUPS_TEST_LOCPATH ${CMAKE_BINARY_DIR}/test-locales)
set(c_utf8_messages /usr/lib/locale/C.utf8/LC_MESSAGES)
if(NOT EXISTS ${c_utf8_messages}/SYS_LC_MESSAGES)
    message(FATAL_ERROR "${c_utf8_messages} not found: the tests need the C library's C.UTF-8 "
                        "locale (Debian: libc-bin)")
endif()
set(test_locale_messages ${FOLLOWUPS_TEST_LOCPATH}/en_US.UTF-8/LC_MESSAGES/SYS_LC_MESSAGES)
add_custom_command(
    OUTPUT ${test_locale_messages}
    COMMAND ${CMAKE_COMMAND} -E copy_directory ${c_utf8_messages}
            ${FOLLOWUPS_TEST_LOCPATH}/en_US.UTF-8/LC_MESSAGES
    DEPENDS ${c_utf8_messages}/SYS_LC_MESSAGES
    COMMENT "Making a messages locale for the tests"
    VERBATIM)
add_custom_target(followups-test-locale ALL DEPENDS ${test_locale_messages})
