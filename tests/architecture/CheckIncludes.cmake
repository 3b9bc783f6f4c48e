# The map of docs/architecture.md, checked: which part may include which. Run as
#   cmake -DSOURCE_DIR=<the repository> -P tests/architecture/CheckIncludes.cmake
# Every #include "..." of the project's sources is resolved to a path in the repository (quoted
# paths from the top, or relative to the including file) and compared with the rules below;
# each include that crosses a forbidden line is named with its file and line, and the check fails.
# The link lines say the rest (kassa_core links Qt Core only, kassa_ui never kassa_sync, the
# till never kassa_central nor libpq): see the checks in the top-level CMakeLists.txt.

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "CheckIncludes.cmake needs -DSOURCE_DIR=<the repository>")
endif()

# A part (a folder) and the folders it may not include from; a system header by a pattern.
set(rules
    "core|sync/,ui/,app/,resources/"
    "sync/protocol|core/store/,core/till/,core/sync/,sync/client/,sync/server/,sync/tls/,ui/,app/"
    "sync/client|sync/server/,ui/,app/"
    "sync/tls|sync/client/,sync/server/,ui/,app/"
    "sync/server|sync/client/,core/till/,core/sync/,ui/,app/"
    "ui|sync/,app/"
    "resources|sync/,ui/,app/")
set(forbiddenSystem
    "core|boost/|libpq-fe.h"
    "ui|boost/|libpq-fe.h"
    "sync/protocol|libpq-fe.h|boost/asio|boost/beast"
    "sync/client|libpq-fe.h"
    "sync/tls|libpq-fe.h")

set(crossings "")

function(resolve_include file included result)
    foreach(top core/ sync/ ui/ app/ resources/ tests/)
        string(FIND "${included}" "${top}" at)
        if(at EQUAL 0)
            set(${result} "${included}" PARENT_SCOPE)
            return()
        endif()
    endforeach()
    get_filename_component(directory "${SOURCE_DIR}/${file}" DIRECTORY)
    get_filename_component(absolute "${directory}/${included}" ABSOLUTE)
    file(RELATIVE_PATH relative "${SOURCE_DIR}" "${absolute}")
    set(${result} "${relative}" PARENT_SCOPE)
endfunction()

foreach(rule IN LISTS rules)
    string(REPLACE "|" ";" parts "${rule}")
    list(GET parts 0 part)
    list(GET parts 1 forbidden)
    string(REPLACE "," ";" forbidden "${forbidden}")
    file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/${part}/*.h" "${SOURCE_DIR}/${part}/*.cpp")
    foreach(file IN LISTS sources)
        file(STRINGS "${SOURCE_DIR}/${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*$" "\\1" included "${line}")
            resolve_include("${file}" "${included}" path)
            foreach(prefix IN LISTS forbidden)
                string(FIND "${path}" "${prefix}" at)
                if(at EQUAL 0)
                    list(APPEND crossings "${file}: ${part} may not include ${path}")
                endif()
            endforeach()
        endforeach()
    endforeach()
endforeach()

foreach(rule IN LISTS forbiddenSystem)
    string(FIND "${rule}" "|" bar)
    string(SUBSTRING "${rule}" 0 ${bar} part)
    math(EXPR rest "${bar} + 1")
    string(SUBSTRING "${rule}" ${rest} -1 pattern)
    file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/${part}/*.h" "${SOURCE_DIR}/${part}/*.cpp")
    foreach(file IN LISTS sources)
        file(STRINGS "${SOURCE_DIR}/${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*<(${pattern})")
        foreach(line IN LISTS lines)
            list(APPEND crossings "${file}: ${part} may not include ${line}")
        endforeach()
    endforeach()
endforeach()

if(crossings)
    list(JOIN crossings "\n  " text)
    message(FATAL_ERROR "Includes that cross the lines of docs/architecture.md:\n  ${text}")
endif()
message(STATUS "Every include keeps to the map of docs/architecture.md")
