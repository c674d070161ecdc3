/* The floor for Markdown: cmark alone over the same bytes Torv parses (each page's body, front
 * matter skipped), rendered to HTML, single-threaded. Prints the seconds taken and the bytes.
 * The files are the arguments, or with "-" one path per line on standard input (50,000 pages are
 * more than one command line holds). */
#include <cmark.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static char **paths_from_stdin(int *count) {
    size_t capacity = 1024, n = 1;
    char **paths = malloc(sizeof(char *) * capacity);
    char line[4096];
    paths[0] = "cmark_floor";
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        if (!line[0]) continue;
        if (n == capacity) { capacity *= 2; paths = realloc(paths, sizeof(char *) * capacity); }
        paths[n++] = strdup(line);
    }
    *count = (int)n;
    return paths;
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "-") == 0) argv = paths_from_stdin(&argc);
    size_t total = 0, bytes = 0;
    char **texts = malloc(sizeof(char *) * (size_t)argc);
    size_t *lengths = malloc(sizeof(size_t) * (size_t)argc);
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) continue;
        fseek(f, 0, SEEK_END); long n = ftell(f); fseek(f, 0, SEEK_SET);
        char *buf = malloc((size_t)n + 1);
        size_t got = fread(buf, 1, (size_t)n, f); fclose(f); buf[got] = 0;
        char *body = buf;
        if (strncmp(buf, "---\n", 4) == 0) { char *end = strstr(buf + 4, "\n---\n"); if (end) body = end + 5; }
        texts[total] = body; lengths[total] = strlen(body); bytes += lengths[total]; total++;
    }
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    size_t out = 0;
    for (size_t i = 0; i < total; i++) {
        cmark_node *doc = cmark_parse_document(texts[i], lengths[i], CMARK_OPT_DEFAULT);
        char *html = cmark_render_html(doc, CMARK_OPT_DEFAULT);
        out += strlen(html);
        free(html); cmark_node_free(doc);
    }
    clock_gettime(CLOCK_MONOTONIC, &b);
    printf("%.3f %zu %zu %zu\n", (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9, total, bytes, out);
    return 0;
}
