/*
 * A stand-in for Windows' bcryptprimitives.dll, for the package test only:
 * Go 1.22 and later ask that DLL for ProcessPrng at start, Windows 10 and
 * later have it, and Debian 12's wine (8.0) does not, so tend.exe would stop
 * before main. scripts/package-test.sh builds this into the throw-away wine
 * prefix's system32; it is never shipped.
 */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
		if (!RtlGenRandom(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
