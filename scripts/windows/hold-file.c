/* For tests under Wine only, never shipped: holds a file open the way Excel holds a
 * workbook it shows (others may read it, nobody may write, rename or delete it), prints
 * "held", and lets go when its standard input closes. Built with mingw-w64 by
 * scripts/windows-check.sh. */
#include <windows.h>
#include <stdio.h>

int wmain(int argc, wchar_t **argv)
{
    if (argc != 2) {
        fputs("usage: hold-file FILE\n", stderr);
        return 2;
    }
    HANDLE h = CreateFileW(argv[1], GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, NULL, OPEN_EXISTING,
                           FILE_ATTRIBUTE_NORMAL, NULL);
    if (h == INVALID_HANDLE_VALUE) {
        fprintf(stderr, "cannot open: error %lu\n", GetLastError());
        return 1;
    }
    puts("held");
    fflush(stdout);
    char buf[64];
    while (fread(buf, 1, sizeof buf, stdin) > 0) {
    }
    CloseHandle(h);
    return 0;
}
