# One INTERFACE target carries the language level, warnings and Qt's string-safety
# defines; every project target links it so no target can drift.
add_library(leadopp_common INTERFACE)
target_compile_features(leadopp_common INTERFACE cxx_std_17)
target_compile_definitions(leadopp_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  LEADOPP_VERSION="${PROJECT_VERSION}")
target_compile_options(leadopp_common INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
  -Woverloaded-virtual -Wimplicit-fallthrough
  $<$<BOOL:${LEADOPP_WARNINGS_AS_ERRORS}>:-Werror>)

# Nothing interposes the project's own functions, so a shared library calls them directly:
# compiled without semantic interposition (so they can be inlined within it) and linked with
# its function symbols bound inside it, as Qt's libraries are. Without it every call from one
# function of a library to another went through the PLT, and each such symbol was looked up
# by name on its first call (271 of them in an export).
target_compile_options(leadopp_common INTERFACE -fno-semantic-interposition)
target_link_options(leadopp_common INTERFACE
  "$<$<IN_LIST:$<TARGET_PROPERTY:TYPE>,SHARED_LIBRARY;MODULE_LIBRARY>:-Wl,-Bsymbolic-functions>")

# Libraries refuse undefined symbols, so a layer that reaches past its declared
# dependencies (core including a widget, say) fails at link time, not in review.
set(LEADOPP_NO_UNDEFINED "-Wl,--no-undefined")

# lld links the hundred test and tool executables several times faster than the default
# linker; it is used when the toolchain has it (scripts/packages.txt installs it).
include(CheckLinkerFlag)
check_linker_flag(CXX -fuse-ld=lld LEADOPP_HAVE_LLD)
if(LEADOPP_HAVE_LLD)
  target_link_options(leadopp_common INTERFACE -fuse-ld=lld)
endif()
