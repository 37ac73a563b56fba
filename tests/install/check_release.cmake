# The newest <release> in the metainfo names the version being built and a real date, so a
# version bump without release notes fails here rather than in a software centre.
file(READ ${METAINFO} text)
if(NOT text MATCHES "<release version=\"([^\"]+)\" date=\"([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9])\">[ \n]*<description>")
  message(FATAL_ERROR "${METAINFO}: no <release version=... date=YYYY-MM-DD> entry with a description")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
  message(FATAL_ERROR "newest release in the metainfo is ${CMAKE_MATCH_1}, the project is ${VERSION}")
endif()
message(STATUS "release ${CMAKE_MATCH_1} of ${CMAKE_MATCH_2}")
