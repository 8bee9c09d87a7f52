/* For tests under Wine only, never shipped: Wine 8 has no bcryptprimitives.dll, whose
 * ProcessPrng Rust's standard library calls for random numbers on Windows 10 and 11
 * (which have it). This stand-in answers from RtlGenRandom (advapi32's
 * SystemFunction036). Built with mingw-w64 by scripts/windows-check.sh into the test
 * prefix's system32. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
