using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using KnowledgeGraph.Caching.Resp;
using KnowledgeGraph.Caching.Tests.Infrastructure;

namespace KnowledgeGraph.Caching.Tests.Resp;

/// <summary>
/// TLS against a redis-server that only listens for TLS, with a certificate made for the test. The connect timeout
/// is generous because the first TLS handshake of a process loads OpenSSL and the system trust store.
/// </summary>
public sealed class TlsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kg-redis-tls-").FullName;
    private readonly X509Certificate2 _certificate;

    public TlsTests()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=redis.test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("redis.test");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        _certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(CertificateFile, _certificate.ExportCertificatePem());
        File.WriteAllText(KeyFile, key.ExportPkcs8PrivateKeyPem());
    }

    private string CertificateFile => Path.Combine(_directory, "redis.crt");

    private string KeyFile => Path.Combine(_directory, "redis.key");

    [RedisFact]
    public async Task Commands_run_over_TLS_when_the_certificate_is_trusted()
    {
        await using var server = await RedisServer.StartWithTlsAsync(CertificateFile, KeyFile);
        var options = Clients.Options(server, ",ssl=true,sslHost=redis.test,connectTimeout=20000");
        options.CertificateValidation = (_, certificate, _, _) =>
            certificate is not null && certificate.GetCertHashString() == _certificate.GetCertHashString();
        await using var client = new RedisClient(options);

        await client.SetAsync("kg:tls", "加密"u8.ToArray());

        Assert.Equal("加密"u8.ToArray(), await client.GetAsync("kg:tls"));
    }

    [RedisFact]
    public async Task An_untrusted_certificate_is_refused()
    {
        await using var server = await RedisServer.StartWithTlsAsync(CertificateFile, KeyFile);
        await using var client = new RedisClient(Clients.Options(server, ",ssl=true,sslHost=redis.test,connectTimeout=20000"));

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => client.PingAsync());

        Assert.IsType<System.Security.Authentication.AuthenticationException>(error.InnerException);
    }

    public void Dispose()
    {
        _certificate.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
