import FuzzCommon

FuzzDriver.run { data, size in fuzzFrontMatter(data, size) }
