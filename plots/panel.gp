# One panel of an mtrack chart (see chart.gp): a continuous period axis,
# padding so no point sits on the frame, the source line under the first.
reset
set title @TITLE@ noenhanced
set xtics (@XTICS@) @XROTATE@ noenhanced
set xrange [-0.5:@XMAX@]
set ylabel @YLABEL@ noenhanced
set format y '%.4g'
@YRANGE@
set grid ytics lc rgb '#dddddd'
set border 3
set tics nomirror
set key @KEY@ noenhanced
set bmargin @BMARGIN@
@FOOTNOTE@
set style fill transparent solid 0.35 noborder
set boxwidth @BOXWIDTH@
@Y2@
plot @PLOT@
