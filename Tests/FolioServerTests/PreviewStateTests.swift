import Testing

@testable import FolioServer

/// The subscriber bookkeeping behind live reload.
@Suite struct PreviewStateTests {
    @Test func subscribersAreCountedUntilTheyUnsubscribe() {
        let state = PreviewState()
        let first = state.subscribe()
        let second = state.subscribe()
        #expect(state.subscriberCount == 2)
        state.unsubscribe(first.id)
        state.unsubscribe(first.id)
        #expect(state.subscriberCount == 1)
        state.unsubscribe(second.id)
        #expect(state.subscriberCount == 0)
    }

    @Test func buildsAndHeartbeatsReachSubscribersAsTheLatestGeneration() async {
        let state = PreviewState()
        state.finish(failure: nil)
        let subscription = state.subscribe()
        #expect(subscription.generation == 1)
        state.finish(failure: nil)
        var generations = subscription.generations.makeAsyncIterator()
        #expect(await generations.next() == 2)
        state.heartbeat()
        #expect(await generations.next() == 2)
        state.finish(failure: nil)
        state.heartbeat()
        #expect(await generations.next() == 3, "a heartbeat after a build still carries the build's generation")
        state.unsubscribe(subscription.id)
        #expect(await generations.next() == nil)
    }

    @Test func aCancelledReaderLetsGoOfItsSubscription() async {
        let state = PreviewState()
        let subscription = state.subscribe()
        let reader = Task {
            for await _ in subscription.generations {}
        }
        reader.cancel()
        await reader.value
        #expect(state.subscriberCount == 0)
    }

    @Test func closeAllEndsEveryStream() async {
        let state = PreviewState()
        let subscriptions = [state.subscribe(), state.subscribe()]
        state.closeAll()
        #expect(state.subscriberCount == 0)
        for subscription in subscriptions {
            var generations = subscription.generations.makeAsyncIterator()
            #expect(await generations.next() == nil)
        }
    }
}
