# Precompiled headers. Most of a translation unit's compile time is parsing the same Qt
# and GoogleTest headers again (a ui file preprocesses to about 150,000 lines); parsing
# them once per library and once per test folder (tests/CMakeLists.txt) halves a file's
# compile time or better, and cut a fresh build on 2 cores from 14 to 10 minutes.
# Turn it off to check that every file includes what it uses.
option(LEADOPP_PRECOMPILED_HEADERS "Precompile the headers most files include" ON)

set(LEADOPP_PCH_CORE
  <QString> <QStringList> <QList> <QHash> <QByteArray> <QCoreApplication>
  <QJsonObject> <QJsonArray> <QJsonValue> <QJsonDocument> <algorithm>)
set(LEADOPP_PCH_NET ${LEADOPP_PCH_CORE} <QObject> <QPointer> <QTimer> <QUrl>)
set(LEADOPP_PCH_WIDGETS ${LEADOPP_PCH_NET}
  <QWidget> <QLabel> <QLineEdit> <QComboBox> <QPushButton> <QAction> <QBoxLayout>
  <QTableView> <QTabWidget>)

# leadopp_precompile(TARGET CORE|NET|WIDGETS): the target parses that header set once.
function(leadopp_precompile target set)
  if(LEADOPP_PRECOMPILED_HEADERS)
    target_precompile_headers(${target} PRIVATE ${LEADOPP_PCH_${set}})
  endif()
endfunction()

# ccache caches a translation unit that uses a precompiled header only when told that the
# header's macros and times may be trusted (its manual's "Precompiled headers").
if(LEADOPP_PRECOMPILED_HEADERS AND CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env
      "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime"
      ${CMAKE_CXX_COMPILER_LAUNCHER})
endif()

# Unity builds: a library's sources are compiled in batches of 16 as one translation unit
# each, so the headers and the inline code they share are parsed and optimised once a
# batch, not once a file. The libraries took 680 s of the 1,810 s of compiler time a fresh
# build spends on 2 cores. An edit recompiles its batch; turn it off when that is in the
# way, and to check that no file leans on what another file of its batch declares.
option(LEADOPP_UNITY_BUILD "Compile each library's sources in batches" ON)

# leadopp_unity(TARGET): the target's sources compile in batches (see above).
function(leadopp_unity target)
  if(LEADOPP_UNITY_BUILD)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 16)
  endif()
endfunction()
