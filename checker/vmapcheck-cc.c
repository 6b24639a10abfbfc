// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck-cc - vmapcheck as a kbuild checker, as sparse is:
 *
 *   make C=1 CHECK=/abs/path/vmapcheck-cc      the files being recompiled
 *   make C=2 CHECK=/abs/path/vmapcheck-cc      every file, objects untouched
 *
 * kbuild runs $(CHECK) $(CHECKFLAGS) $(c_flags) FILE.c.  CHECKFLAGS are
 * sparse's (-D__linux__ ... -Wbitwise --arch=x86 -m64, and CF=...); c_flags
 * are the compile's own and start with -Wp,-MMD,DEPFILE.  So everything
 * before that is dropped but our own options, the -Wp,-MMD/-MD that would
 * overwrite the object's dependency file is dropped too, and the rest runs
 * as "$CC c_flags -fplugin=vmapcheck.so ... -c FILE.c -o /dev/null": the
 * compiler kbuild uses (its CC, exported to checkers; a cross or versioned
 * GCC, ccache or distcc in front), no object, no facts for vmapcheck-link.
 * Only vmapcheck's own diagnostics are printed, unless the compile fails:
 * then everything it said.
 *
 * Our options (anywhere, also through CF=):
 *   --plugin=PATH    the plugin (default: $VMAPCHECK_PLUGIN, else
 *                    ../plugin/vmapcheck.so beside this program)
 *   --cc=CC          the compiler (default: $CC, else gcc)
 *   --fail           exit 1 when there is a finding (kbuild then stops)
 *   -fplugin-arg-vmapcheck-*   passed to the plugin (level=possible, ...)
 * Exit status: 0, 1 (--fail and findings), or the compile's own on failure.
 * Called without kbuild's c_flags on a file that is not a .c (Linux 7.x's
 * scripts/checker-valid.sh probe), it says nothing and exits 0.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_ARGS 4096

static const char *args[MAX_ARGS];
static int nargs;

static void add(const char *a)
{
	if (nargs >= MAX_ARGS - 1) {
		fprintf(stderr, "vmapcheck-cc: too many arguments\n");
		exit(2);
	}
	args[nargs++] = a;
}

/* $CC may be "ccache gcc-12" or "distcc aarch64-linux-gnu-gcc": words */
static void add_words(char *s)
{
	char *w, *save = NULL;

	for (w = strtok_r(s, " \t", &save); w; w = strtok_r(NULL, " \t", &save))
		add(w);
}

static char *default_plugin(void)
{
	static char path[PATH_MAX + 32];
	char self[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	char *slash;

	if (n <= 0)
		return NULL;
	self[n] = 0;
	slash = strrchr(self, '/');
	if (!slash)
		return NULL;
	*slash = 0;
	snprintf(path, sizeof(path), "%s/../plugin/vmapcheck.so", self);
	return path;
}

static int ours(const char *a)
{
	return !strncmp(a, "--plugin=", 9) || !strncmp(a, "--cc=", 5) || !strcmp(a, "--fail") ||
	       !strncmp(a, "-fplugin-arg-vmapcheck-", 23);
}

/* vmapcheck's diagnostics, and the survey lines of -fplugin-arg-vmapcheck-coverage */
static int is_vmapcheck_line(const char *l)
{
	return !strncmp(l, "vmapcheck-coverage: ", 20) || strstr(l, ": warning: vmapcheck:") ||
	       strstr(l, ": note: vmapcheck:") || strstr(l, ": error: vmapcheck") ||
	       strstr(l, "error: vmapcheck:");
}

int main(int argc, char **argv)
{
	const char *plugin = getenv("VMAPCHECK_PLUGIN"), *cc = getenv("CC");
	char plugarg[sizeof("-fplugin=") + PATH_MAX + 32], *out = NULL, *line, *next;
	int fail = 0, start = 1, i, pipefd[2], status, findings = 0;
	size_t len = 0, cap = 0;
	pid_t pid;

	/*
	 * kbuild's c_flags start at -Wp,-MMD: what comes before is sparse's
	 * (-Wbitwise, --arch=, -m64, -D__STDC__, ...) and CF's
	 */
	for (i = 1; i < argc; i++)
		if (!strncmp(argv[i], "-Wp,-MMD,", 9) || !strncmp(argv[i], "-Wp,-MD,", 8)) {
			start = i;
			break;
		}
	for (i = 1; i < argc; i++) {
		if (!strncmp(argv[i], "--plugin=", 9))
			plugin = argv[i] + 9;
		else if (!strncmp(argv[i], "--cc=", 5))
			cc = argv[i] + 5;
		else if (!strcmp(argv[i], "--fail"))
			fail = 1;
		else if (!strcmp(argv[i], "--help")) {
			printf("usage: make C=1|2 CHECK=/abs/path/vmapcheck-cc [CF=\"--fail -fplugin-arg-vmapcheck-...\"]\n"
			       "       vmapcheck-cc [--plugin=PATH] [--cc=CC] [--fail] GCC-FLAGS... FILE.c\n");
			return 0;
		}
	}
	/*
	 * Linux 7.x first asks whether the checker works: scripts/checker-valid.sh
	 * runs it with CHECKFLAGS on a snippet in a file without .c, and wants
	 * no "error" in what it says.  That is no kbuild compile: nothing to check.
	 */
	if (start == 1 && argc > 1) {
		const char *last = argv[argc - 1];
		size_t n = strlen(last);

		if (n < 2 || strcmp(last + n - 2, ".c"))
			return 0;
	}
	if (!plugin || !*plugin)
		plugin = default_plugin();
	if (!plugin || access(plugin, R_OK)) {
		fprintf(stderr, "vmapcheck-cc: no plugin at %s (--plugin=PATH or VMAPCHECK_PLUGIN)\n",
			plugin ? plugin : "?");
		return 2;
	}
	add_words(strdup(cc && *cc ? cc : "gcc"));
	/* -fplugin= before any -fplugin-arg-vmapcheck-* (GCC refuses the other order) */
	snprintf(plugarg, sizeof(plugarg), "-fplugin=%s", plugin);
	add(plugarg);
	for (i = start; i < argc; i++) {
		const char *a = argv[i];

		if (ours(a) && strncmp(a, "-fplugin-arg-vmapcheck-", 23))
			continue;
		if (!strncmp(a, "-Wp,-MMD,", 9) || !strncmp(a, "-Wp,-MD,", 8))
			continue;	/* the object's dependency file */
		if (start == 1 && (!strcmp(a, "-Wbitwise") || !strcmp(a, "-D__STDC__") ||
				   !strncmp(a, "--arch=", 7)))
			continue;	/* by hand, sparse's flags among the compile's */
		add(a);
	}
	for (i = 1; i < start; i++)	/* our options given before c_flags (CF=) */
		if (!strncmp(argv[i], "-fplugin-arg-vmapcheck-", 23))
			add(argv[i]);
	add("-fplugin-arg-vmapcheck-no-werror");
	add("-fplugin-arg-vmapcheck-no-link-facts");
	add("-c");
	add("-o");
	add("/dev/null");
	args[nargs] = NULL;

	if (pipe(pipefd)) {
		perror("vmapcheck-cc: pipe");
		return 2;
	}
	pid = fork();
	if (pid < 0) {
		perror("vmapcheck-cc: fork");
		return 2;
	}
	if (!pid) {
		dup2(pipefd[1], 2);
		close(pipefd[0]);
		close(pipefd[1]);
		execvp(args[0], (char *const *)args);
		fprintf(stderr, "vmapcheck-cc: cannot run %s: %s\n", args[0], strerror(errno));
		_exit(127);
	}
	close(pipefd[1]);
	for (;;) {
		ssize_t n;

		if (len + 4096 + 1 > cap) {
			cap = (len + 4096 + 1) * 2;
			out = realloc(out, cap);
			if (!out) {
				fprintf(stderr, "vmapcheck-cc: out of memory\n");
				return 2;
			}
		}
		n = read(pipefd[0], out + len, 4096);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	out = out ? out : strdup("");
	out[len] = 0;
	if (waitpid(pid, &status, 0) < 0) {
		perror("vmapcheck-cc: waitpid");
		return 2;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		/* the compile failed: all it said, and its status */
		fputs(out, stderr);
		return WIFEXITED(status) ? WEXITSTATUS(status) : 2;
	}
	for (line = out; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		if (!is_vmapcheck_line(line))
			continue;
		fprintf(stderr, "%s\n", line);
		if (strstr(line, ": warning: vmapcheck:"))
			findings++;
	}
	return fail && findings ? 1 : 0;
}
