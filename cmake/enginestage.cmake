# SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
# SPDX-License-Identifier: MIT
# dt_engine_stage(<name> USES <earlier stages...> SOURCES <files...>): one stage of the engine (app/engine), called
# from the stage's own folder. Its folder is its public include path, its internal/ folder a private one; it links
# only the stages it names, each of which must be defined already (the stage order). It joins dt_engine (what the
# front ends link) and puts its internal/ folder on dt_engine_internal (for the engine's own tests).
function(dt_engine_stage name)
    cmake_parse_arguments(ARG "" "" "USES;SOURCES" ${ARGN})
    set(target dt_engine_${name})
    add_library(${target} STATIC ${ARG_SOURCES})
    target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    if(IS_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/internal)
        target_include_directories(${target} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/internal)
        target_include_directories(dt_engine_internal INTERFACE ${CMAKE_CURRENT_SOURCE_DIR}/internal)
    endif()
    foreach(used ${ARG_USES})
        if(NOT TARGET dt_engine_${used})
            message(FATAL_ERROR "Engine stage '${name}' uses '${used}', which is not an earlier stage")
        endif()
        target_link_libraries(${target} PUBLIC dt_engine_${used})
    endforeach()
    target_link_libraries(${target} PUBLIC Qt6::Core PRIVATE dt_common_cfg)
    if(DT_PRECOMPILED_HEADERS)
        # Every stage links QtCore alone: the first stage's precompiled QtCore serves them all.
        if(TARGET dt_engine_common AND NOT name STREQUAL "common")
            target_precompile_headers(${target} REUSE_FROM dt_engine_common)
        else()
            target_precompile_headers(${target} PRIVATE <QtCore>)
        endif()
    endif()
    target_link_libraries(dt_engine INTERFACE ${target})
    set_property(TARGET dt_engine APPEND PROPERTY DT_ENGINE_STAGES ${target})
    add_dependencies(${target} dt_include_check)
endfunction()
