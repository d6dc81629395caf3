# One INTERFACE target carries the language standard, the warnings and the Qt hygiene defines.
# Every Ponton target links it.
add_library(ponton_common INTERFACE)
target_compile_features(ponton_common INTERFACE cxx_std_23)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(ponton_common INTERFACE
  -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
if(PONTON_WERROR)
  target_compile_options(ponton_common INTERFACE -Werror)
endif()
if(PONTON_SANITIZE)
  target_compile_options(ponton_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(ponton_common INTERFACE -fsanitize=address,undefined)
endif()
target_compile_definitions(ponton_common INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CONTEXTLESS_CONNECT QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER
  PONTON_VERSION="${PROJECT_VERSION}")
