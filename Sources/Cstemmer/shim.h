#ifndef FOLIO_CSTEMMER_SHIM_H
#define FOLIO_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
