import FuzzCommon

FuzzDriver.run { data, size in fuzzChart(data, size) }
