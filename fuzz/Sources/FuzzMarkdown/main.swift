import FuzzCommon

FuzzDriver.run { data, size in fuzzMarkdown(data, size) }
