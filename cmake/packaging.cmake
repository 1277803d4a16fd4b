# CPack: one DEB package per install component, `cpack -G DEB` in the build directory.
#   cli    interview-followups                 the CLI, its man page, completions, guides, example
#   agent  akonadi-interview-followups-agent   the Akonadi agent (KF5 or KF6, as the build chose)
#   translations  interview-followups-l10n     the core's catalogs (.mo), which the CLI and the
#                                              agent share; recommended by both
#                                              (the agent's own catalogs are in agent)
# Other parts join a package by installing with one of these components; anything installed
# without a component goes into no package. Included last: the components are known by then.
set(FOLLOWUPS_PACKAGE_MAINTAINER
    "interview-followups maintainers <maintainers@users.noreply.h-seed-0b617606.example>"
    CACHE STRING "The Maintainer field of the DEB packages")

set(CPACK_PACKAGE_NAME ${PROJECT_NAME})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "interview-followups")
set(CPACK_PACKAGE_CONTACT ${FOLLOWUPS_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_INSTALL_DIRECTORY ${PROJECT_NAME})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

get_cmake_property(_followups_components COMPONENTS)
set(CPACK_COMPONENTS_ALL)
foreach(_component cli agent translations)
    if(_component IN_LIST _followups_components)
        list(APPEND CPACK_COMPONENTS_ALL ${_component})
    endif()
endforeach()
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${FOLLOWUPS_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
# Runtime libraries come from dpkg-shlibdeps; below only what it cannot see.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

set(CPACK_DEBIAN_CLI_PACKAGE_NAME interview-followups)
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION utils)
set(CPACK_COMPONENT_CLI_DESCRIPTION
    "follow-up tasks for the job interviews in your calendar
Reads the job interviews in an iCalendar file and writes the follow-up tasks career advice asks \
for (debrief notes, thank-you notes, reference heads-ups, follow-ups after the decision date, \
feedback after a rejection) as VTODOs with alarms, or as reminder events for Google Calendar and \
Outlook. Keeps the edits made to an earlier task file.")

set(CPACK_DEBIAN_AGENT_PACKAGE_NAME akonadi-interview-followups-agent)
set(CPACK_DEBIAN_AGENT_PACKAGE_SECTION kde)
# The agent is started by akonadi_control, and reads and writes incidences through the calendar
# serializer plugin, which it does not link.
if(FOLLOWUPS_QT_MAJOR EQUAL 6)
    set(CPACK_DEBIAN_AGENT_PACKAGE_DEPENDS "akonadi-server, libkpim6akonadicalendar6")
else()
    set(CPACK_DEBIAN_AGENT_PACKAGE_DEPENDS "akonadi-server, libkf5akonadicalendar5abi1")
endif()
set(CPACK_DEBIAN_AGENT_PACKAGE_ENHANCES "korganizer, kontact")
set(CPACK_COMPONENT_AGENT_DESCRIPTION
    "follow-up tasks for the job interviews in KDE Kontact (Akonadi agent)
An Akonadi agent that watches your calendars and keeps each job interview's follow-up tasks \
(debrief notes, thank-you notes, reference heads-ups, follow-ups, feedback requests) in a task \
list, in step as interviews are added, moved, cancelled or deleted. Kontact and KOrganizer list \
it among the agents to add.")

if(translations IN_LIST CPACK_COMPONENTS_ALL)
    set(CPACK_DEBIAN_TRANSLATIONS_PACKAGE_NAME interview-followups-l10n)
    set(CPACK_DEBIAN_TRANSLATIONS_PACKAGE_ARCHITECTURE all)
    set(CPACK_DEBIAN_TRANSLATIONS_PACKAGE_SECTION localization)
    set(CPACK_COMPONENT_TRANSLATIONS_DESCRIPTION
        "translations of the follow-up tasks of interview-followups
The follow-up tasks' texts (summaries, descriptions, advice, mail subjects) in German, French \
and Spanish, for the interview-followups command and the akonadi-interview-followups-agent \
Akonadi agent.")
    set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS "interview-followups-l10n (= ${PROJECT_VERSION})")
    set(CPACK_DEBIAN_AGENT_PACKAGE_RECOMMENDS "interview-followups-l10n (= ${PROJECT_VERSION})")
endif()

include(CPack)
