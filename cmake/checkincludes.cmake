# SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
# SPDX-License-Identifier: MIT
# Refuses a quoted #include that holds a path ("../input/internal/readers.h", "engine/input/readers.h"): in app/ a
# quoted include names a file and the target's include path decides whether it is visible, so no unit reaches
# around a layer or an engine stage (app/engine/CMakeLists.txt). Generated headers (ui_*.h) are bare names too.
# Usage: cmake -DDIR=<folder> [-DSTAMP=<file>] -P checkincludes.cmake
if(NOT DIR)
    message(FATAL_ERROR "checkincludes.cmake: give -DDIR=<folder>")
endif()
file(GLOB_RECURSE sources LIST_DIRECTORIES false "${DIR}/*.cpp" "${DIR}/*.h")
set(offenders "")
foreach(source ${sources})
    file(STRINGS ${source} lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"]*[/\\\\][^\"]*\"")
    foreach(line ${lines})
        file(RELATIVE_PATH shown ${DIR} ${source})
        string(STRIP "${line}" line)
        string(APPEND offenders "\n  ${shown}: ${line}")
    endforeach()
endforeach()
if(offenders)
    message(FATAL_ERROR "An include names a path instead of a file (the include path of the target decides what "
                        "it may see; a path reaches around it):${offenders}")
endif()
if(STAMP)
    file(TOUCH ${STAMP})
endif()
