#ifndef HEADSET_CXLSXWRITER_SHIM_H
#define HEADSET_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
