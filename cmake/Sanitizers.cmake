# Instrumented builds, each in a build folder of its own:
# - RELEASEDESK_SANITIZE=address: ASan + UBSan, every test (scripts/test --asan, build-asan/);
# - RELEASEDESK_SANITIZE=thread: TSan, every test (scripts/test --tsan, build-tsan/);
# - RELEASEDESK_FUZZ: clang-15 with libFuzzer's coverage plus ASan + UBSan (scripts/fuzz,
#   build-fuzz/); the fuzz executables add -fsanitize=fuzzer themselves (fuzz/CMakeLists.txt).
# Qt, glib and libxml2 stay uninstrumented system libraries; the suppression files beside this
# one (cmake/sanitizers/) name what of theirs is excused and why.
set(RELEASEDESK_SANITIZE "" CACHE STRING "address (ASan+UBSan) or thread (TSan); empty: none")
set_property(CACHE RELEASEDESK_SANITIZE PROPERTY STRINGS "" address thread)

if(RELEASEDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "RELEASEDESK_FUZZ needs clang (scripts/fuzz configures clang++-15)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
elseif(RELEASEDESK_SANITIZE STREQUAL "address")
    # No recovery: an undefined-behaviour report fails the test that caused it.
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=all)
    add_link_options(-fsanitize=address,undefined)
elseif(RELEASEDESK_SANITIZE STREQUAL "thread")
    add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
    add_link_options(-fsanitize=thread)
elseif(RELEASEDESK_SANITIZE)
    message(FATAL_ERROR "RELEASEDESK_SANITIZE must be address, thread or empty")
endif()

if(RELEASEDESK_SANITIZE)
    # -O1, as the sanitizers' own documentation advises, and line tables only (-g1): a report's
    # stack still names file and line, and each of the ~420 compiles and links of a sanitizer
    # build is cheaper than with RelWithDebInfo's -O2 -g. Coming after those, they win.
    add_compile_options(-O1 -g1)
endif()

if(RELEASEDESK_SANITIZE OR RELEASEDESK_FUZZ)
    # Instrumented tests run several times slower than the plain build.
    set(RELEASEDESK_TEST_TIMEOUT 1800 CACHE STRING "" FORCE)
endif()
