import pytest
from tests.media_library.factories import make_story
from django.urls import reverse

@pytest.mark.django_db
def test_smoke(client):
    s = make_story()
    r = client.get(reverse("news:list"))
    assert r.status_code == 200, r.content[:500]
    assert s.title in r.content.decode()
    r = client.get(s.get_absolute_url())
    assert r.status_code == 200
    print(r["X-Page-Cache"])
    r = client.get(s.get_absolute_url())
    print(r["X-Page-Cache"])
    for name in ("news:feed","news:feed_atom"):
        r = client.get(reverse(name)); assert r.status_code == 200; assert s.title in r.content.decode()
    r = client.get(reverse("news:audience_feed", args=["medarbejdere"])); assert s.title in r.content.decode()
    r = client.get(reverse("news:audience_feed", args=["topledelse"])); assert s.title not in r.content.decode()
    r = client.get(reverse("news:audience_feed", args=["xx"])); assert r.status_code == 404
    r = client.get("/sitemap.xml"); assert r.status_code == 200, r.content; assert s.slug in r.content.decode()
