# Fails when a source file under SOURCES names an Akonadi job that deletes (items, collections, or
# moves them to the trash): the agent cancels tasks, it never removes anything (SPEC §4). One
# exception: RedeliveryJob deletes the agent's own copy of a task that the task list's resource
# dropped (never stored, no remote id), once a verbatim copy has replaced it (issue 14, item 8).
file(GLOB_RECURSE files ${SOURCES}/*.cpp ${SOURCES}/*.h)
list(FILTER files EXCLUDE REGEX "/jobs/redeliveryjob\\.(cpp|h)$")
if(NOT files)
    message(FATAL_ERROR "no sources under ${SOURCES}")
endif()
foreach(file IN LISTS files)
    file(STRINGS ${file} hits REGEX "ItemDeleteJob|CollectionDeleteJob|TrashJob|deleteItem")
    if(hits)
        message(FATAL_ERROR "${file} deletes: ${hits}")
    endif()
endforeach()
message(STATUS "${SOURCES}: no delete job in any of the agent's sources")
