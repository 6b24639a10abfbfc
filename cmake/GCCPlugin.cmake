# GCCPlugin.cmake - find the plugin headers of the compiler that will load
# the plugin, the way the kernel's scripts/gcc-plugins/Kconfig does.
#
#   VMAPCHECK_GCC        the C compiler that loads the plugin (cache, "gcc")
#   GCC_PLUGIN_DIR       its plugin directory (result)
#   GCC_PLUGIN_VERSION   its major version (result)
#
# "gcc -print-file-name=plugin" prints the bare word "plugin" and exits 0 when
# the dev package is missing, so the header itself is what is checked.

set(VMAPCHECK_GCC "gcc" CACHE STRING "C compiler that will load vmapcheck.so")

function(gcc_plugin_find)
  find_program(_vc_gcc NAMES ${VMAPCHECK_GCC} NO_CACHE)
  if(NOT _vc_gcc)
    message(FATAL_ERROR "vmapcheck: compiler '${VMAPCHECK_GCC}' (VMAPCHECK_GCC) not found")
  endif()
  execute_process(COMMAND ${_vc_gcc} -dumpversion
    OUTPUT_VARIABLE _ver OUTPUT_STRIP_TRAILING_WHITESPACE)
  string(REGEX MATCH "^[0-9]+" _major "${_ver}")
  execute_process(COMMAND ${_vc_gcc} -print-file-name=plugin
    OUTPUT_VARIABLE _dir OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT IS_ABSOLUTE "${_dir}" OR NOT EXISTS "${_dir}/include/plugin-version.h")
    message(FATAL_ERROR
      "vmapcheck: no GCC plugin headers for ${VMAPCHECK_GCC} (GCC ${_major}): "
      "'${VMAPCHECK_GCC} -print-file-name=plugin' gave '${_dir}'. "
      "Install gcc-${_major}-plugin-dev (Debian/Ubuntu) or gcc-plugin-devel (Fedora).")
  endif()
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    message(FATAL_ERROR "vmapcheck: the plugin must be built with g++, not ${CMAKE_CXX_COMPILER_ID}")
  endif()
  string(REGEX MATCH "^[0-9]+" _cxx_major "${CMAKE_CXX_COMPILER_VERSION}")
  if(NOT _cxx_major STREQUAL _major)
    message(FATAL_ERROR
      "vmapcheck: ${VMAPCHECK_GCC} is GCC ${_major} but the C++ compiler is "
      "GCC ${CMAKE_CXX_COMPILER_VERSION}; configure with "
      "-DCMAKE_CXX_COMPILER=g++-${_major} (install g++-${_major})")
  endif()
  # The plugin is host code: it runs inside the cc1 of VMAPCHECK_GCC on this
  # machine, even when that compiler is a cross compiler.  A cross g++ would
  # build it for the target and fail deep in the build (gmp.h not found).
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -dumpmachine
    OUTPUT_VARIABLE _cxx_target OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT _cxx_target MATCHES "^${CMAKE_HOST_SYSTEM_PROCESSOR}-")
    message(FATAL_ERROR
      "vmapcheck: the C++ compiler ${CMAKE_CXX_COMPILER} builds code for ${_cxx_target}, "
      "but the plugin runs inside ${VMAPCHECK_GCC} on this ${CMAKE_HOST_SYSTEM_PROCESSOR} "
      "machine; configure with the host's -DCMAKE_CXX_COMPILER=g++-${_major}, "
      "also for a cross ${VMAPCHECK_GCC}")
  endif()
  set(GCC_PLUGIN_DIR "${_dir}" PARENT_SCOPE)
  set(GCC_PLUGIN_VERSION "${_major}" PARENT_SCOPE)
  set(VMAPCHECK_GCC_PATH "${_vc_gcc}" PARENT_SCOPE)
endfunction()

# gcc_plugin_add(<target> <sources>...): a MODULE named <target>.so (no "lib",
# or GCC would expect -fplugin-arg-lib<target>-*), C-style .c files built as
# C++ of one dialect on every g++ (GCC 16 moved its default to gnu++20).
function(gcc_plugin_add target)
  add_library(${target} MODULE ${ARGN})
  set_source_files_properties(${ARGN} PROPERTIES LANGUAGE CXX)
  set_target_properties(${target} PROPERTIES PREFIX "")
  target_include_directories(${target} SYSTEM PRIVATE "${GCC_PLUGIN_DIR}/include")
  target_compile_options(${target} PRIVATE
    -std=gnu++17 -O2 -fno-rtti -fno-exceptions -fasynchronous-unwind-tables
    -Wall -Wno-unused-parameter)
  # operator new/delete come from cc1 itself: no libstdc++.so (and its
  # ~2 MB of resident memory) is loaded into every compiler process
  target_link_options(${target} PRIVATE -nodefaultlibs -lc)
endfunction()
