# Sanitizer builds run several times slower; they raise this (cmake/Sanitizers.cmake).
set(RELEASEDESK_TEST_TIMEOUT 300 CACHE STRING "CTest timeout of each test, in seconds")

# Settings every target of ours shares: one place, so a layer cannot drift.
function(releasedesk_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_USE_QSTRINGBUILDER
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
endfunction()

# One library per layer; its sources are every .cpp/.h in the folder (and below), so adding
# a class never means editing a CMake list.
function(releasedesk_layer_library target dir)
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${dir}/*.cpp ${dir}/*.h)
    add_library(${target} STATIC ${sources})
    target_include_directories(${target} PUBLIC ${dir})
    releasedesk_target_defaults(${target})
endfunction()

# One QtTest executable per tst_*.cpp in a folder, each registered with CTest and run on the
# offscreen platform. The fixture_* files of the folder are shared by its tests.
function(releasedesk_test_folder dir)
    cmake_parse_arguments(ARG "" "" "LIBS" ${ARGN})
    file(GLOB tests CONFIGURE_DEPENDS ${dir}/tst_*.cpp)
    file(GLOB fixtures CONFIGURE_DEPENDS ${dir}/fixture_*.cpp ${dir}/fixture_*.h)
    # The folder's fixtures compile once, into a static library every test of the folder links:
    # compiled into each test they cost a full compile per test and fixture.
    set(fixture_target "")
    if(fixtures)
        get_filename_component(folder ${dir} NAME)
        set(fixture_target tests_${folder}_fixtures)
        add_library(${fixture_target} STATIC ${fixtures})
        target_include_directories(${fixture_target} PUBLIC ${dir})
        target_link_libraries(${fixture_target} PUBLIC Qt6::Test ${ARG_LIBS})
        releasedesk_target_defaults(${fixture_target})
    endif()
    foreach(test_source IN LISTS tests)
        get_filename_component(name ${test_source} NAME_WE)
        add_executable(${name} ${test_source})
        target_include_directories(${name} PRIVATE ${dir})
        target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS} ${fixture_target})
        releasedesk_target_defaults(${name})
        add_test(NAME ${name} COMMAND ${name})
        set_tests_properties(${name} PROPERTIES
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false"
            TIMEOUT ${RELEASEDESK_TEST_TIMEOUT})
    endforeach()
endfunction()
