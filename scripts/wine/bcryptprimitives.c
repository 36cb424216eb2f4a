/* A stand-in for Windows' bcryptprimitives.dll in the throwaway Wine prefix of
 * `make windows-check` only: Rust's standard library takes its random bytes from ProcessPrng,
 * which Debian's Wine 8 lacks, so no Rust program would start. Real Windows has the DLL.
 * RtlGenRandom (exported as SystemFunction036 by advapi32) gives the same bytes. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!SystemFunction036(data, n)) return FALSE;
        data += n;
        len -= n;
    }
    return TRUE;
}
