import FuzzCommon

FuzzDriver.run { data, size in fuzzCSV(data, size) }
