#ifndef HEADSET_CCBC_SHIM_H
#define HEADSET_CCBC_SHIM_H
#include <coin/Cbc_C_Interface.h>
#endif
