#ifndef HEADSET_CMINIZIP_SHIM_H
#define HEADSET_CMINIZIP_SHIM_H
#include <minizip/zip.h>
#include <minizip/unzip.h>
#endif
