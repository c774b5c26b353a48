import FuzzCommon

FuzzDriver.run { data, size in fuzzJSON(data, size) }
