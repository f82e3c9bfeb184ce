/*
 * bench-spawn: runs one command as bench/run's stand-in parent and writes
 * its wall time, CPU time and peak resident set to a file.
 *
 *   bench-spawn OUT COMMAND [ARG]...
 *
 * OUT gets one line: "<wall seconds> <user seconds> <system seconds>
 * <peak RSS KiB>". The exit status is the command's (128 + the signal when
 * a signal ended it). Standard input, output and error are the command's.
 *
 * Why not wait4() in bench/run itself: a child's ru_maxrss counts the
 * memory of the process it was forked from, kept across execve, so every
 * command Python starts reports at least Python's own resident set (14 MiB
 * and up). Forked from this small program, the floor is about 1 MiB.
 */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: bench-spawn OUT COMMAND [ARG]...\n");
		return 2;
	}
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid_t pid = fork();
	if (pid < 0) {
		perror("bench-spawn: fork");
		return 127;
	}
	if (pid == 0) {
		execvp(argv[2], argv + 2);
		perror(argv[2]);
		_exit(127);
	}
	int status;
	struct rusage ru;
	if (wait4(pid, &status, 0, &ru) < 0) {
		perror("bench-spawn: wait4");
		return 127;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	FILE *f = fopen(argv[1], "w");
	if (!f) {
		perror(argv[1]);
		return 127;
	}
	fprintf(f, "%.6f %.6f %.6f %ld\n", (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9,
		(double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6,
		(double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6, ru.ru_maxrss);
	if (fclose(f) != 0) {
		perror(argv[1]);
		return 127;
	}
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return WEXITSTATUS(status);
}
