# mtrack trend chart. mtrack fills the slots (NAME between at-signs); every string it puts
# here has gone through plot_quote() (single quotes, ' doubled, control
# characters removed), and the data arrives inline as datablocks.
set terminal @TERMINAL@
@OUTPUT@
set encoding utf8
set title @TITLE@ noenhanced
set xtics (@XTICS@) @XROTATE@ noenhanced
set xrange [-0.5:@XMAX@]
set ylabel @YLABEL@ noenhanced
set format y '%.4g'
set grid ytics lc rgb '#dddddd'
set border 3
set tics nomirror
set key outside top center horizontal noenhanced
set bmargin 5
set label 1 @FOOTNOTE@ at screen 0.01, screen 0.015 left font ',8' noenhanced
set style fill transparent solid 0.35 noborder
set boxwidth @BOXWIDTH@
@Y2@
@DATA@
plot @PLOT@
