# cmake -DMTRACK=path/to/mtrack -DOUT=mtrack.1 -P manpage.cmake
# Runs `mtrack --man` and keeps its output only when it succeeded.
execute_process(COMMAND ${MTRACK} --man OUTPUT_FILE ${OUT}.tmp RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(REMOVE ${OUT}.tmp)
  message(FATAL_ERROR "mtrack --man failed: ${rc}")
endif()
file(RENAME ${OUT}.tmp ${OUT})
